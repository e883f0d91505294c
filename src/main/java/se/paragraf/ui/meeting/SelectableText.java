package se.paragraf.ui.meeting;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.TextArea;
import javafx.scene.text.Text;

/**
 * Read-only text the secretary can select and copy, wrapped and exactly as tall as its lines:
 * a TextArea without frame or scroll bars. Labels would be lighter but cannot be selected.
 */
final class SelectableText extends TextArea {
    /** Rounding in the skin's own layout may need a pixel or two more than the measured text. */
    private static final double SLACK = 4;

    SelectableText(String text, String styleClass) {
        super(text);
        setEditable(false);
        setWrapText(true);
        setFocusTraversable(false);
        getStyleClass().addAll("selectable-text", styleClass);
        setMinHeight(USE_PREF_SIZE);
        setMaxHeight(USE_PREF_SIZE);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets insets = getInsets();
        double available = (width < 0 ? getWidth() : width) - insets.getLeft() - insets.getRight() - SLACK;
        Text measure = new Text(getText());
        measure.setFont(getFont());
        if (available > 0) {
            measure.setWrappingWidth(available);
        }
        return Math.ceil(measure.getLayoutBounds().getHeight()) + insets.getTop() + insets.getBottom() + SLACK;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }
}
