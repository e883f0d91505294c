package se.paragraf.domain.paragraph;

import java.util.List;
import java.util.stream.Collectors;
import se.paragraf.domain.shared.Require;

/**
 * A beslut: one or more blocks. Seed § 122 has two, the second conditional on fullmäktige's
 * decision. An information paragraph has none ({@link #NONE}).
 */
public record Decision(List<DecisionBlock> blocks) {
    public static final Decision NONE = new Decision(List.of());

    public Decision {
        blocks = List.copyOf(Require.present(blocks, "Beslutsblock"));
    }

    public static Decision of(DecisionBlock... blocks) {
        return new Decision(List.of(blocks));
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    public int clauseCount() {
        return blocks.stream().mapToInt(b -> b.clauses().size()).sum();
    }

    public String render() {
        return blocks.stream().map(DecisionBlock::render).collect(Collectors.joining("\n\n"));
    }
}
