package dk.pejling.instance.store;

import dk.pejling.instance.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Files in a bucket of an S3-compatible store (any server the operator chooses), through the AWS SDK
 * for the S3 API only: objects are named {@code <namespace>/<id>}. A PUT is atomic in S3, so a reader
 * sees the whole object or none. Checksums are sent only where the API requires them, since several
 * S3-compatible servers do not understand the SDK's newer default ones.
 */
public class S3BlobStore implements BlobStore, AutoCloseable {

    /** Where the bucket is and how to sign in to it. Empty endpoint: AWS itself; empty keys: the SDK's default chain. */
    public record Settings(String endpoint, String region, String bucket, String accessKey, String secretKey,
                           boolean pathStyle) {
        public Settings {
            if (bucket == null || bucket.isBlank()) {
                throw new IllegalStateException("PEJLING_STORAGE=s3 needs PEJLING_S3_BUCKET");
            }
            region = region == null || region.isBlank() ? "us-east-1" : region.strip();
        }
    }

    private final S3Client s3;
    private final String bucket;

    public S3BlobStore(Settings settings) {
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.pathStyle())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (settings.endpoint() != null && !settings.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(settings.endpoint().strip()));
        }
        if (settings.accessKey() != null && !settings.accessKey().isBlank()) {
            builder.credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        this.s3 = builder.build();
        this.bucket = settings.bucket().strip();
    }

    @Override
    public void write(String namespace, UUID key, InputStream content) {
        byte[] bytes;
        try {
            bytes = content.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read what was to be stored as " + namespace + "/" + key, e);
        }
        s3.putObject(b -> b.bucket(bucket).key(name(namespace, key)).contentLength((long) bytes.length),
                RequestBody.fromBytes(bytes));
    }

    @Override
    public InputStream read(String namespace, UUID key) {
        try {
            return s3.getObject(b -> b.bucket(bucket).key(name(namespace, key)));
        } catch (NoSuchKeyException e) {
            throw new BlobNotFoundException(namespace, key);
        }
    }

    @Override
    public boolean exists(String namespace, UUID key) {
        try {
            s3.headObject(b -> b.bucket(bucket).key(name(namespace, key)));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void delete(String namespace, UUID key) {
        s3.deleteObject(b -> b.bucket(bucket).key(name(namespace, key)));
    }

    @Override
    public int deleteUnlisted(String namespace, Set<UUID> keep, Instant before) {
        int deleted = 0;
        String prefix = namespace + "/";
        for (S3Object object : s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents()) {
            UUID key;
            try {
                key = UUID.fromString(object.key().substring(prefix.length()));
            } catch (IllegalArgumentException notOurs) {
                continue; // an object Pejling did not name is left to whoever put it there
            }
            if (!keep.contains(key) && object.lastModified().isBefore(before)) {
                s3.deleteObject(b -> b.bucket(bucket).key(object.key()));
                deleted++;
            }
        }
        return deleted;
    }

    @Override
    public String kind() {
        return "s3";
    }

    @Override
    public void close() {
        s3.close();
    }

    private static String name(String namespace, UUID key) {
        return namespace + "/" + key;
    }
}
