package nl.trefpunt.platform.pages;

import org.springframework.web.bind.annotation.GetMapping;

/**
 * The accessibility statement the footer links to ({@code /{tenant}/toegankelijkheid}). Every
 * service with pages has it, so it does not matter which one the gateway routes it to.
 */
@Pages
class AccessibilityStatementPage {

    @GetMapping(ShellModel.ACCESSIBILITY_STATEMENT_PATH)
    String statement() {
        return "trefpunt/toegankelijkheid";
    }
}
