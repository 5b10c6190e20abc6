/** The sessionStorage key under which the /sjablonen page hands one template's text to the checker page. */
export const OPEN_TEMPLATE_KEY = "helder-open-template";
