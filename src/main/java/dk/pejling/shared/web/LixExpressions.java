package dk.pejling.shared.web;

import dk.pejling.shared.Lix;
import org.springframework.stereotype.Component;

/** {@link Lix} for templates, as {@code ${@lix.score(text)}}: Thymeleaf allows no static calls. */
@Component("lix")
class LixExpressions {

    public Integer score(String text) {
        return Lix.score(text);
    }

    public boolean hard(Integer score) {
        return Lix.hard(score);
    }
}
