package se.paragraf.domain.plan;

import java.util.List;
import se.paragraf.domain.paragraph.ParagraphId;

public interface GoalLinkRepository {
    /** Adds the link; linking twice is harmless. */
    void link(GoalLink link);

    void unlink(GoalLink link);

    List<GoalLink> findByGoal(GoalId goal);

    List<GoalLink> findByParagraph(ParagraphId paragraph);

    /** Every link: the search index's rebuild reads them at once. */
    List<GoalLink> findAll();

    /** Every link into any of the goals: the follow-up report's one query per plan. */
    List<GoalLink> findByGoals(java.util.Collection<GoalId> goals);
}
