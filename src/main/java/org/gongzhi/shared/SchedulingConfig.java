package org.gongzhi.shared;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Periodic jobs of the modules ({@code @Scheduled}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig {

}
