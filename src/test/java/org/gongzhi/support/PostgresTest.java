package org.gongzhi.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.test.context.ActiveProfiles;

/**
 * Runs a database test class against a real PostgreSQL (a throwaway database) instead of
 * H2. Put it on a subclass of the same contract that the H2 variant extends.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag("postgres")
@ExtendWith(ThrowawayPostgres.class)
@ActiveProfiles("postgres")
public @interface PostgresTest {

}
