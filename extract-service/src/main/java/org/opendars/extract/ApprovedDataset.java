package org.opendars.extract;

import java.util.List;

public record ApprovedDataset(String code, List<String> fields) {
}
