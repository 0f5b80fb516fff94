package org.nastavnik.access;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.nastavnik.common.RussianText;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The description of the JSON API on {@code /api/docs}: HTTP Basic for every operation. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String BASIC = "basic";

    @Bean
    OpenAPI nastavnikApi(MessageSource messages) {
        return new OpenAPI()
                .info(new Info()
                        .title(messages.getMessage("api.title", null, RussianText.RU))
                        .description(messages.getMessage("api.description", null, RussianText.RU))
                        .version("v1"))
                .components(new Components()
                        .addSecuritySchemes(
                                BASIC,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }
}
