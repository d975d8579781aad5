package org.classlytics.identity;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Two ways in: the API takes tokens and keeps no session; the web UI signs in with a
 * form, keeps a session cookie and checks CSRF on every change.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ IdentityProperties.class, BootstrapProperties.class })
class SecurityConfiguration implements WebMvcConfigurer {

	/**
	 * Endpoints of api.md that need no login: signing in and unsubscribing from mail.
	 */
	private static final String[] PUBLIC_API = { "/api/unsubscribe/**" };

	private static final String[] PUBLIC_PAGES = { "/login", "/css/**", "/js/**", "/img/**", "/webjars/**",
			"/favicon.ico", "/error", "/unsubscribe/**", "/actuator/health/**", "/actuator/prometheus",
			"/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html" };

	@Bean
	PasswordEncoder passwordEncoder(IdentityProperties properties) {
		return new BCryptPasswordEncoder(properties.passwordStrength());
	}

	/**
	 * No Micrometer observation per security filter, authentication and authorization:
	 * wrapping each of the chain's filters in an observation cost more CPU than the token
	 * check itself. Requests are still timed as a whole ({@code http.server.requests}).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, Tokens tokens, ProblemResponses problems) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.POST, "/api/auth/token")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/reports/schedules/unsubscribe")
				.permitAll()
				.requestMatchers(PUBLIC_API)
				.permitAll()
				.anyRequest()
				.authenticated())
			.addFilterBefore(new TokenAuthenticationFilter(tokens, problems),
					UsernamePasswordAuthenticationFilter.class)
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint((request, response, ex) -> problems.write(response, 401, "Unauthorized",
						"Send a valid token: Authorization: Bearer <token>"))
				.accessDeniedHandler((request, response, ex) -> problems.write(response, 403, "Forbidden",
						"This is not available to your role")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers(PUBLIC_PAGES).permitAll().anyRequest().authenticated())
			.formLogin((form) -> form.loginPage("/login")
				.usernameParameter("email")
				.defaultSuccessUrl("/", true)
				.permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll());
		return http.build();
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new ActorArgumentResolver());
	}

}
