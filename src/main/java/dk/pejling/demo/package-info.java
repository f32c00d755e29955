/**
 * Demo data: the Aalborg source documents as readable YAML files under {@code classpath:demo/},
 * loaded through the modules' public services into an empty database. A municipality replaces
 * the files with its own; nothing here is Java-coded data.
 */
package dk.pejling.demo;
