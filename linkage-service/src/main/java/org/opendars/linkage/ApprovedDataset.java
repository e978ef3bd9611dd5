package org.opendars.linkage;

import java.util.List;

public record ApprovedDataset(String code, List<String> fields) {
}
