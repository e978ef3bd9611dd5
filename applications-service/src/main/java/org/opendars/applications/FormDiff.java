package org.opendars.applications;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * What changed between two versions of a form, field by field: each change names its place as a JSON pointer and
 * shows the value before and after (null where the field was absent). Lists are compared position by position, so
 * an added data set or field shows as a new entry at the end.
 */
public final class FormDiff {

    public record Change(String pointer, JsonNode from, JsonNode to) {
    }

    private FormDiff() {
    }

    public static List<Change> between(ObjectMapper json, ApplicationForm from, ApplicationForm to) {
        List<Change> changes = new ArrayList<>();
        compare("", json.valueToTree(from), json.valueToTree(to), changes);
        return changes;
    }

    private static void compare(String at, JsonNode from, JsonNode to, List<Change> changes) {
        JsonNode before = from == null || from.isMissingNode() ? NullNode.instance : from;
        JsonNode after = to == null || to.isMissingNode() ? NullNode.instance : to;
        if (before.equals(after)) {
            return;
        }
        if (before.isObject() && after.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            before.fieldNames().forEachRemaining(names::add);
            after.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                compare(at + "/" + name.replace("~", "~0").replace("/", "~1"), before.get(name), after.get(name),
                        changes);
            }
        } else if (before.isArray() && after.isArray()) {
            int size = Math.max(before.size(), after.size());
            for (int i = 0; i < size; i++) {
                compare(at + "/" + i, before.get(i), after.get(i), changes);
            }
        } else if (before.isNull() && (after.isObject() || after.isArray())) {
            leaves(at, after, changes, false);
        } else if (after.isNull() && (before.isObject() || before.isArray())) {
            leaves(at, before, changes, true);
        } else {
            changes.add(new Change(at, before.isNull() ? null : before, after.isNull() ? null : after));
        }
    }

    /** A whole part added or removed is reported by its leaves, so a reader sees every value that came or went. */
    private static void leaves(String at, JsonNode node, List<Change> changes, boolean removed) {
        if (node.isObject()) {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                leaves(at + "/" + name.replace("~", "~0").replace("/", "~1"), node.get(name), changes, removed);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                leaves(at + "/" + i, node.get(i), changes, removed);
            }
        } else if (!node.isNull()) {
            changes.add(removed ? new Change(at, node, null) : new Change(at, null, node));
        }
    }
}
