package org.opendars.applications;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "dars.applications")
public interface ApplicationSettings {

    /** The largest supporting document accepted (an ethics letter or protocol is a few megabytes at most). */
    @WithDefault("10485760")
    int maxAttachmentBytes();
}
