package se.paragraf.domain.board;

import java.util.Optional;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.Require;

/**
 * An organ that meets and decides: regionstyrelsen, an utskott, a nämnd, fullmäktige.
 * {@code adjusterCount} is how many justerare besides the chair sign its minutes.
 */
public record Board(BoardId id, String name, BoardKind kind, BoardId parent, int adjusterCount) {
    public Board {
        Require.present(id, "Organets id");
        name = Require.text(name, "Organets namn");
        Require.present(kind, "Organets typ");
        if (kind.needsParent() && parent == null) {
            throw new DomainException("Utskottet " + name + " måste höra till en styrelse eller nämnd.");
        }
        if (!kind.needsParent() && parent != null) {
            throw new DomainException(kind.swedishName() + " " + name + " kan inte ligga under ett annat organ.");
        }
        if (parent != null && parent.equals(id)) {
            throw new DomainException("Ett organ kan inte ligga under sig självt.");
        }
        if (adjusterCount < 1 || adjusterCount > 5) {
            throw new DomainException("Antalet justerare måste vara 1–5, inte " + adjusterCount + ".");
        }
    }

    public static Board of(BoardId id, String name, BoardKind kind) {
        return new Board(id, name, kind, null, 1);
    }

    public Optional<BoardId> parentBoard() {
        return Optional.ofNullable(parent);
    }

    public Board rename(String newName) {
        return new Board(id, newName, kind, parent, adjusterCount);
    }
}
