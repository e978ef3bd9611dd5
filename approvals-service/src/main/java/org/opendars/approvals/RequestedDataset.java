package org.opendars.approvals;

import java.util.List;

public record RequestedDataset(String code, List<String> fields) {
}
