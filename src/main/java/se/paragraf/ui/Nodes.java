package se.paragraf.ui;

import javafx.scene.Node;

/** Small layout idioms every screen needs. */
public final class Nodes {
    private Nodes() {
    }

    /** Shows or hides {@code node} and lets the layout close the gap it leaves, which plain visibility does not. */
    public static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
