package org.stratum.dsl.formatting2;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;

/** The whole text of a parsed .stratum file as the formatter lays it out (editor, tests). */
public final class FormattedText {

	private FormattedText() {
	}

	public static String of(XtextResource resource) {
		var services = resource.getResourceServiceProvider();
		ITextRegionAccess access = services.get(TextRegionAccessBuilder.class).forNodeModel(resource).create();
		FormatterRequest request = services.get(FormatterRequest.class);
		request.setTextRegionAccess(access);
		return access.getRewriter().renderToString(services.get(IFormatter2.class).format(request));
	}
}
