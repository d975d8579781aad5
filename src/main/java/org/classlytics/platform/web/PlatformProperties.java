package org.classlytics.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * HTTP settings shared by every API.
 *
 * @param maxJsonBody the largest JSON request body accepted; larger ones get 413
 */
@Validated
@ConfigurationProperties("classlytics.http")
record PlatformProperties(@DefaultValue("1MB") DataSize maxJsonBody) {

}
