package org.classlytics.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page of this module the frame's model.
 */
@ControllerAdvice(basePackageClasses = FrameAdvice.class)
class FrameAdvice {

	private final Frame frame;

	FrameAdvice(Frame frame) {
		this.frame = frame;
	}

	@ModelAttribute
	void frame(HttpServletRequest request, Model model) {
		model.addAllAttributes(this.frame.of(request));
	}

}
