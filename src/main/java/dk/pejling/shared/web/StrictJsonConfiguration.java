package dk.pejling.shared.web;

import com.fasterxml.jackson.annotation.Nulls;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;

/**
 * Request bodies are read strictly, so a hostile or careless value is a field error at the door instead
 * of a NullPointerException deep in a service: {@code null} inside a list ({@code "partnerIds": [null]},
 * {@code "links": [null]}, a status scheme {@code [null]}) is refused, and so is an empty string where
 * an id is expected (Jackson would otherwise read it as null). {@code ApiErrorHandler} names the field
 * ("partnerIds[0]").
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

    @Bean
    JsonMapperBuilderCustomizer strictRequestBodies() {
        return builder -> builder
                .changeDefaultNullHandling(setter -> setter.withContentNulls(Nulls.FAIL))
                .withCoercionConfig(java.util.UUID.class,
                        coercion -> coercion.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
    }
}
