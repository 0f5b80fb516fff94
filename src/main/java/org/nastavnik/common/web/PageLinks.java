package org.nastavnik.common.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to other pages of a paginated list that keep the filters of the current request:
 * {@code ${@pageLinks.to(3)}} in templates (see {@code fragments/pager.html}).
 */
@Component("pageLinks")
public class PageLinks {

    public String to(int page) {
        HttpServletRequest request =
                ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam("page", Math.max(0, page))
                .build()
                .toUriString();
    }
}
