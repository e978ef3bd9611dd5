package org.opendars.linkage.engine.deterministic;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.opendars.linkage.engine.identifiers.Postcodes;
import org.opendars.linkage.engine.identifiers.Validated;

/** Postcodes of communal establishments, where a shared date of birth and postcode is weak evidence. */
public final class PostcodeIgnoreList {

    private final Set<Long> encoded = new HashSet<>();

    public PostcodeIgnoreList(Collection<String> postcodes) {
        for (String postcode : postcodes) {
            Validated valid = Postcodes.validate(postcode);
            if (!valid.isValid()) {
                throw new IllegalArgumentException("ignore-list postcode is invalid: " + postcode);
            }
            encoded.add(Postcodes.encode(valid.value()));
        }
    }

    public static PostcodeIgnoreList empty() {
        return new PostcodeIgnoreList(Set.of());
    }

    boolean contains(long postcode) {
        return postcode != 0 && encoded.contains(postcode);
    }
}
