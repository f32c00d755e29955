/**
 * What lets several Pejling instances run side by side on one database, each stateless: the
 * instance's name ({@code PEJLING_INSTANCE_ID}), scheduled jobs that run once per tick across
 * instances (ShedLock on the database's clock), the storage of uploaded and generated files every
 * instance reaches ({@link dk.pejling.instance.BlobStore}: the data directory, the database or an
 * S3-compatible store) and readiness for a load balancer. Sessions in the database are the access
 * module's; this module owns the tables {@code shedlock} and {@code instance_blob}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Instances")
package dk.pejling.instance;
