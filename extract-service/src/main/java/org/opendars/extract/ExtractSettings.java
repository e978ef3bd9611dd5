package org.opendars.extract;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The extract service's own settings. */
@ConfigMapping(prefix = "dars.extracts")
public interface ExtractSettings {

    /**
     * The master key (base64 of 32 random bytes) that seals each extract's data key; from the environment
     * ({@code DARS_EXTRACT_MASTER_KEY}), never from the repository outside tests and the local stack.
     */
    String masterKey();

    /** Names the master key in force, so sealed keys say which one sealed them. */
    @WithDefault("k1")
    String masterKeyId();

    /**
     * Base64 of 32 bytes from which each organisation's record-key pseudonyms are derived; by default the master
     * key. It outlives master-key rotations: changing it changes every record-key pseudonym released from then on.
     */
    java.util.Optional<String> recordKeySecret();

    /**
     * Master keys no longer in force, by id, so extracts sealed before a rotation can still be read; new extracts
     * are always sealed with the key in force.
     */
    java.util.Map<String, String> previousMasterKeys();

    /** Plain-text bytes per encrypted chunk; also the unit a range download reads. */
    @WithDefault("1048576")
    int chunkSize();

    @WithDefault("1s")
    String pollInterval();
}
