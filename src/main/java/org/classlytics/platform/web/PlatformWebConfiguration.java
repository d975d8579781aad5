package org.classlytics.platform.web;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.catalina.core.StandardHost;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.UrlHandlerFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlatformProperties.class)
class PlatformWebConfiguration implements WebMvcConfigurer {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new PageQueryResolver());
	}

	/**
	 * Clients of the systems we replace send {@code /api/users/}; both spellings reach
	 * the same handler. Runs before security so that rules see one spelling.
	 */
	@Bean
	FilterRegistrationBean<UrlHandlerFilter> trailingSlashFilter() {
		UrlHandlerFilter filter = UrlHandlerFilter.trailingSlashHandler("/api/**").wrapRequest().build();
		FilterRegistrationBean<UrlHandlerFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(PlatformProperties properties) {
		FilterRegistrationBean<BodySizeLimitFilter> registration = new FilterRegistrationBean<>(
				new BodySizeLimitFilter(properties.maxJsonBody().toBytes()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		registration.addUrlPatterns("/api/*");
		return registration;
	}

	/**
	 * Requests Tomcat refuses before any filter (a NUL or an encoded slash in the path)
	 * get a problem too, not Tomcat's HTML page.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve() {
		return (factory) -> factory.addContextCustomizers((context) -> ((StandardHost) context.getParent())
			.setErrorReportValveClass(ProblemReportValve.class.getName()));
	}

	/**
	 * Millisecond ticks: the databases keep microseconds at most, so an instant returned
	 * by a write equals the one read back later.
	 */
	@Bean
	Clock clock() {
		return Clock.tickMillis(ZoneOffset.UTC);
	}

}
