package dk.pejling.archive.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code datapackage.json}: a Frictionless Data Package (v2) with one tabular resource per CSV, its
 * fields typed, its primary key and its foreign keys, so the archive can be read and checked by
 * Frictionless tools without Pejling. Written by hand: no Java library for it is published.
 */
final class DataPackage {

    static final String NAME = "datapackage.json";

    private DataPackage() {
    }

    static byte[] json(List<TableSchema> tables) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", "https://datapackage.org/profiles/2.0/datapackage.json");
        root.put("name", "pejling-archive");
        List<Object> resources = new ArrayList<>();
        for (TableSchema table : tables) {
            resources.add(resource(table.name(), table.entryName(), fields(table), table.primaryKey(), foreignKeys(table)));
        }
        List<Object> fileFields = List.of(field("store", "string", null, true), field("key", "string", null, true),
                field("sha256", "string", null, true), field("size", "integer", null, true));
        resources.add(resource("files", ArchiveWriter.FILES_INDEX, fileFields, List.of("store", "key"), List.of()));
        root.put("resources", resources);
        return Manifest.JSON.writeValueAsBytes(root);
    }

    private static Map<String, Object> resource(String name, String path, List<Object> fields, List<String> primaryKey,
                                                List<Object> foreignKeys) {
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("name", name);
        resource.put("path", path);
        resource.put("type", "table");
        resource.put("format", "csv");
        resource.put("mediatype", "text/csv");
        resource.put("encoding", "utf-8");
        resource.put("dialect", Map.of("header", true, "delimiter", ",", "quoteChar", "\"", "lineTerminator", "\r\n"));
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("fields", fields);
        if (!primaryKey.isEmpty()) {
            schema.put("primaryKey", primaryKey);
        }
        if (!foreignKeys.isEmpty()) {
            schema.put("foreignKeys", foreignKeys);
        }
        // An unquoted empty field is SQL NULL; a quoted empty field ("") is an empty text.
        schema.put("missingValues", List.of(""));
        resource.put("schema", schema);
        return resource;
    }

    private static List<Object> fields(TableSchema table) {
        return table.columns().stream()
                .map(c -> (Object) field(c.name(), c.type().frictionlessType(), c.type().frictionlessFormat(), !c.nullable()))
                .toList();
    }

    private static Map<String, Object> field(String name, String type, String format, boolean required) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("name", name);
        field.put("type", type);
        if (format != null) {
            field.put("format", format);
        }
        if (required) {
            field.put("constraints", Map.of("required", true));
        }
        return field;
    }

    private static List<Object> foreignKeys(TableSchema table) {
        List<Object> keys = new ArrayList<>();
        for (ForeignKey fk : table.foreignKeys()) {
            Map<String, Object> reference = new LinkedHashMap<>();
            if (!fk.referencedTable().equals(table.name())) {
                reference.put("resource", fk.referencedTable()); // omitted: a reference to the table itself
            }
            reference.put("fields", fk.referencedColumns());
            keys.add(Map.of("fields", fk.columns(), "reference", reference));
        }
        return keys;
    }
}
