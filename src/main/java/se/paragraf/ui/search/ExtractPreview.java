package se.paragraf.ui.search;

import se.paragraf.ui.preview.MinutesPreviewViewModel;

/** The protokollsutdrag of one hit, rendering in the background: the window's title and its preview. */
public record ExtractPreview(String title, MinutesPreviewViewModel preview) {
}
