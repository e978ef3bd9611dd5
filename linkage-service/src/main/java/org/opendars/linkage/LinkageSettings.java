package org.opendars.linkage;

import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The linkage service's own settings. */
@ConfigMapping(prefix = "dars.linkage")
public interface LinkageSettings {

    /**
     * The master key (base64 of 32 random bytes) that seals every organisation's pseudonymisation secret; from the
     * environment ({@code DARS_LINKAGE_MASTER_KEY}), given to linkage-service alone.
     */
    String masterKey();

    /** Names the master key in force, so each sealed secret says which key sealed it. */
    @WithDefault("k1")
    String masterKeyId();

    /** Master keys no longer in force, by id, so secrets sealed before a master-key rotation can still be read. */
    Map<String, String> previousMasterKeys();
}
