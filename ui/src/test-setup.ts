import "@testing-library/jest-dom/vitest";
import "./i18n";

// jsdom does no layout, so it lacks scrolling; the app calls it after validation errors.
Element.prototype.scrollIntoView = function scrollIntoView() {};
