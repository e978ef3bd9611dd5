package org.opendars.kit.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Declares that an endpoint changes state or reads record-level data, so every call of it is audited: who, from
 * where, what and the answer. A successful call's audit row commits in the same transaction as its change (both
 * or neither); a refused call's row is written on its own.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface Audited {
}
