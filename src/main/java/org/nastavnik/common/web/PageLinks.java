package org.nastavnik.common.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to other pages of a paginated list that keep the filters of the current request:
 * {@code ${@pageLinks.to(3)}} in templates (see {@code fragments/pager.html}), and to the list's
 * export with the same filters.
 */
@Component("pageLinks")
public class PageLinks {

    public String to(int page) {
        return UriComponentsBuilder.fromPath(request().getRequestURI())
                .query(request().getQueryString())
                .replaceQueryParam("page", Math.max(0, page))
                .build()
                .toUriString();
    }

    /** Another address with the current request's filters (not its page): a list's export. */
    public String withFilters(String path) {
        return UriComponentsBuilder.fromPath(path)
                .query(request().getQueryString())
                .replaceQueryParam("page")
                .build()
                .toUriString();
    }

    private static HttpServletRequest request() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }
}
