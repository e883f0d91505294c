package se.paragraf.domain.paragraph;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import se.paragraf.domain.shared.DomainException;
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

    public Decision withBlock(DecisionBlock block) {
        List<DecisionBlock> more = new ArrayList<>(blocks);
        more.add(Require.present(block, "Beslutsblock"));
        return new Decision(more);
    }

    public Decision replaceBlock(int index, DecisionBlock block) {
        List<DecisionBlock> list = new ArrayList<>(blocks);
        list.set(checked(index), Require.present(block, "Beslutsblock"));
        return new Decision(list);
    }

    public Decision withoutBlock(int index) {
        List<DecisionBlock> list = new ArrayList<>(blocks);
        list.remove(checked(index));
        return new Decision(list);
    }

    private int checked(int index) {
        if (index < 0 || index >= blocks.size()) {
            throw new DomainException("Beslutsblock " + (index + 1) + " finns inte.");
        }
        return index;
    }
}
