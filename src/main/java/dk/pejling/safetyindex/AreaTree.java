package dk.pejling.safetyindex;

import dk.pejling.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The areas as a tree: every parent exists, codes are unique, and no area lies inside itself. */
public final class AreaTree {

    private final Map<String, Area> byCode = new LinkedHashMap<>();

    public AreaTree(Collection<Area> areas) {
        for (Area area : areas) {
            if (byCode.putIfAbsent(area.code(), area) != null) {
                throw new InvalidInputException("code", "the area code '" + area.code() + "' is used twice");
            }
        }
        for (Area area : byCode.values()) {
            if (area.parent() != null && !byCode.containsKey(area.parent())) {
                throw new InvalidInputException("parent", "there is no area '" + area.parent() + "'");
            }
            if (pathToRoot(area.code()).size() > byCode.size()) {
                throw new InvalidInputException("parent", "the area '" + area.code() + "' lies inside itself");
            }
        }
    }

    public Optional<Area> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public boolean contains(String code) {
        return byCode.containsKey(code);
    }

    public List<Area> all() {
        return List.copyOf(byCode.values());
    }

    public List<Area> children(String code) {
        return byCode.values().stream().filter(a -> code.equals(a.parent())).toList();
    }

    /** The area and the areas above it, nearest first; stops after one round in a cycle. */
    public List<Area> pathToRoot(String code) {
        List<Area> path = new ArrayList<>();
        Area at = byCode.get(code);
        while (at != null && path.size() <= byCode.size()) {
            path.add(at);
            at = at.parent() == null ? null : byCode.get(at.parent());
        }
        return path;
    }
}
