package se.paragraf.domain.delegation;

import java.util.Locale;
import se.paragraf.domain.shared.Require;

/** The delegate a rule names: a role ("Regiondirektör"), an utskott ("Finansutskottet") or the chair. */
public record Delegate(DelegateKind kind, String name) {
    public Delegate {
        Require.present(kind, "Delegatens typ");
        name = Require.text(name, "Delegat");
    }

    public static Delegate role(String name) {
        return new Delegate(DelegateKind.ROLE, name);
    }

    public static Delegate committee(String name) {
        return new Delegate(DelegateKind.COMMITTEE, name);
    }

    public static Delegate chair() {
        return new Delegate(DelegateKind.CHAIR, "Ordförande");
    }

    /** Roles are written "regiondirektören" as often as "Regiondirektör"; compare them loosely. */
    public boolean isNamed(String role) {
        return RoleName.same(name, role);
    }

    @Override
    public String toString() {
        return name;
    }

    /** "Regiondirektören" and "regiondirektör", "ordföranden" and "Ordförande" name one role. */
    static final class RoleName {
        private RoleName() {
        }

        static boolean same(String a, String b) {
            if (a == null || b == null) {
                return false;
            }
            String x = key(a);
            String y = key(b);
            String longer = x.length() >= y.length() ? x : y;
            String shorter = longer == x ? y : x;
            String rest = longer.startsWith(shorter) ? longer.substring(shorter.length()) : null;
            return "".equals(rest) || "n".equals(rest) || "en".equals(rest);
        }

        private static String key(String role) {
            return role.strip().toLowerCase(Locale.forLanguageTag("sv-SE")).replaceAll("\\s+", " ");
        }
    }
}
