package org.stratum.ui.results;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** The runs a compare editor shows: their summary files, in the order chosen. Equal inputs reuse one editor. */
public record RunsInput(List<IFile> summaries) implements IEditorInput {

	public RunsInput {
		summaries = List.copyOf(summaries);
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean exists() {
		return summaries.stream().allMatch(IFile::exists);
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.getMissingImageDescriptor();
	}

	@Override
	public String getName() {
		return "Compare " + String.join(", ", summaries.stream().map(f -> f.getParent().getName()).toList());
	}

	@Override
	public IPersistableElement getPersistable() {
		return null; // a comparison is made from a selection and not restored
	}

	@Override
	public String getToolTipText() {
		return String.join("\n", summaries.stream().map(f -> f.getParent().getFullPath().toString()).toList());
	}
}
