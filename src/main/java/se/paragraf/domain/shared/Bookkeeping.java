package se.paragraf.domain.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A record component that says how the archive keeps a value, not what the value is: an
 * optimistic version (ADR 0019). It is left out of the canonical form (so seals and the audit
 * trail's hashes do not change with it) and out of the record's equality.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Bookkeeping {
}
