package se.paragraf.domain.delegation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a rule's matter kind for the words delegationsordningar use when they describe what KL
 * 6 kap. 38 § keeps with the board. It flags, it does not forbid: "yttrande" alone is often
 * delegable (a remissvar to another authority), so only a statement to fullmäktige or on an
 * appeal of the board's own decision is flagged, and authority matters only when called
 * principled or of greater importance. The secretary can always mark a rule explicitly.
 */
public final class NonDelegableClassifier {
    private static final Map<NonDelegableGround, Pattern> CUES = new LinkedHashMap<>();

    static {
        // "mål" alone is also a court case ("yttrande i mål nr 800-25"), so it needs company.
        CUES.put(NonDelegableGround.GOALS_AND_DIRECTION, cue(
                "verksamhetens\\s+(?:mål|inriktning|omfattning|kvalitet)\\w*"
                        + "|\\bmål\\s+och\\s+inriktning\\w*|\\b(?:inriktning|omfattning|kvalitet)\\w*\\s+(?:för|på|i)\\s+verksamhet\\w*"
                        + "|verksamhetsplan\\w*|nämndplan\\w*"));
        CUES.put(NonDelegableGround.STATEMENT_TO_COUNCIL, cue(
                "(?:yttrande\\w*|framställning\\w*|förslag)\\s+(?:\\w+\\s+){0,3}till\\s+(?:\\w+)?fullmäktige"));
        CUES.put(NonDelegableGround.STATEMENT_ON_APPEAL, cue(
                "yttrande\\w*\\s+(?:\\w+\\s+){0,6}(?:överklag\\w*|laglighetsprövning\\w*)"
                        + "(?:\\s+(?:\\w+\\s+){0,4}(?:nämndens|styrelsens|fullmäktiges|eget|egna))?"));
        CUES.put(NonDelegableGround.PRINCIPAL_AUTHORITY, cue(
                "principiell\\w*(?:\\s+beskaffenhet)?|större\\s+vikt"));
        CUES.put(NonDelegableGround.BY_STATUTE, cue(
                "(?:får\\s+inte|inte\\s+får)\\s+delegeras|delegeringsförbud\\w*"));
    }

    private NonDelegableClassifier() {
    }

    /** Swedish letters are word characters: without the flag "\\w" stops at "å". */
    private static Pattern cue(String regex) {
        return Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
    }

    /** What the text of the matter kind suggests, in the order of the law's points. */
    public static List<NonDelegableFinding> classify(String matterKind) {
        List<NonDelegableFinding> found = new ArrayList<>();
        if (matterKind == null) {
            return found;
        }
        String text = matterKind.toLowerCase(Locale.forLanguageTag("sv-SE"));
        for (Map.Entry<NonDelegableGround, Pattern> cue : CUES.entrySet()) {
            Matcher m = cue.getValue().matcher(text);
            if (m.find()) {
                found.add(new NonDelegableFinding(cue.getKey(), m.group().strip(), false));
            }
        }
        return found;
    }
}
