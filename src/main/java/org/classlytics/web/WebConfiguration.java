package org.classlytics.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/**
	 * Named {@code localeResolver}, the name the dispatcher servlet looks up.
	 */
	@Bean
	LocaleResolver localeResolver(Viewers viewers) {
		return new UiLocaleResolver(viewers);
	}

	/**
	 * Before signing in there is no session to post a choice to (and security lets only
	 * the sign-in page through), so its switcher is a plain {@code ?lang=} link.
	 */
	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor languageParameter = new LocaleChangeInterceptor();
		languageParameter.setParamName("lang");
		languageParameter.setIgnoreInvalidLocale(true);
		registry.addInterceptor(languageParameter).addPathPatterns("/login");
	}

}
