package dk.pejling.shared;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

/**
 * Spring Data JDBC quotes table and column names by default, upper-case for H2 and lower-case
 * for PostgreSQL. The migrations use plain unquoted names, which each database folds its own way,
 * so the same migrations and mappings run on both only when Spring Data JDBC does not quote.
 */
@Configuration(proxyBeanMethods = false)
class UnquotedNamesConfiguration {

    @Bean
    static BeanPostProcessor unquotedRelationalNames() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof RelationalMappingContext context) {
                    context.setForceQuote(false);
                }
                return bean;
            }
        };
    }
}
