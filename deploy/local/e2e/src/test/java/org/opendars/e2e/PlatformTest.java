package org.opendars.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import io.restassured.RestAssured;

/** A test class of its own platform: started fresh (empty schemas, new broker) before its tests, stopped after. */
abstract class PlatformTest {

    static Platform platform;
    static Chain chain;

    @BeforeAll
    static void startPlatform() throws Exception {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        platform = new Platform();
        platform.startAll();
        chain = new Chain(platform);
    }

    @AfterAll
    static void stopPlatform() throws Exception {
        if (platform != null) {
            platform.close();
            platform = null;
        }
    }
}
