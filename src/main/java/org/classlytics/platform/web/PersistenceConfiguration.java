package org.classlytics.platform.web;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration {

	/**
	 * Spring Data JDBC quotes identifiers in the dialect's letter case, which for H2 is
	 * upper case. Unquoted names resolve the same way on H2 and PostgreSQL, as in the
	 * migrations and every hand-written query.
	 */
	@Bean
	static BeanPostProcessor unquotedIdentifiers() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof RelationalMappingContext context) {
					context.setForceQuote(false);
				}
				return bean;
			}
		};
	}

	/**
	 * PostgreSQL connections send each JDBC batch of INSERTs as multi-row statements
	 * ({@code reWriteBatchedInserts}) and plan without JIT compilation: the imports' and
	 * the analytics rebuilds' batches would otherwise cost one statement per row, and
	 * JIT, which PostgreSQL starts for any statement estimated above a fixed cost (any
	 * rebuild of a table that has no statistics yet), spends hundreds of milliseconds
	 * compiling statements that run once. A setting given in the URL wins.
	 */
	@Bean
	static BeanPostProcessor postgresConnectionSettings() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null
						&& hikari.getJdbcUrl().startsWith("jdbc:postgresql:")) {
					hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
					hikari.addDataSourceProperty("options", "-c jit=off");
				}
				return bean;
			}
		};
	}

}
