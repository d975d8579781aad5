package org.classlytics.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The school and admin created on a first start with an empty database; set them with
 * {@code CLASSLYTICS_BOOTSTRAP_ADMIN_EMAIL} and friends.
 */
@ConfigurationProperties("classlytics.bootstrap")
record BootstrapProperties(String adminEmail, String adminPassword,
		@DefaultValue("Classlytics School") String schoolName, @DefaultValue("UTC") String timeZone,
		@DefaultValue("en") String locale) {

	boolean configured() {
		return this.adminEmail != null && !this.adminEmail.isBlank() && this.adminPassword != null
				&& !this.adminPassword.isBlank();
	}

}
