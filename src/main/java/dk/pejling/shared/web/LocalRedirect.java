package dk.pejling.shared.web;

/**
 * The one way a page redirects to an address the browser sent ("back" fields): only a path of this
 * application is followed, so a crafted form cannot send a signed-in user on to another site (an open
 * redirect). Anything else falls back to a fixed local page.
 */
public final class LocalRedirect {

    private LocalRedirect() {
    }

    /** "redirect:" to {@code target} when it is a local path, else to {@code fallback} (a path the code chose). */
    public static String to(String target, String fallback) {
        return "redirect:" + (isLocalPath(target) ? target : fallback);
    }

    /**
     * A path on this host: one leading "/" and no second one or backslash right after it ("//evil.example"
     * and "/\evil.example" name another host to a browser), no backslash, whitespace or control character
     * anywhere (browsers drop tabs and newlines, so "/\t/evil.example" becomes "//evil.example"), and no
     * "{" or "}" (Spring would read them as URI template variables).
     */
    public static boolean isLocalPath(String target) {
        if (target == null || target.length() > 2000 || !target.startsWith("/")) {
            return false;
        }
        if (target.length() > 1 && (target.charAt(1) == '/' || target.charAt(1) == '\\')) {
            return false;
        }
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c == '\\' || c == '{' || c == '}' || Character.isWhitespace(c) || Character.isISOControl(c)
                    || Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }
}
