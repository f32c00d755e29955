/**
 * Small value types every module speaks: visibility, the viewer asking, list pages, errors.
 * Kept deliberately small; anything with behaviour of its own belongs in a feature module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dk.pejling.shared;
