// The recovery codes page: "Copy the codes" and "Print the codes" buttons, shown only when they can work.
// Without JavaScript the codes are plain text to select, the page prints as it is, and the download
// button (a plain form) still works.
(function () {
  "use strict";
  var status = document.querySelector(".lo-recovery-status");

  function say(text) {
    if (status) {
      status.textContent = text;
    }
  }

  var copy = document.querySelector("[data-copy-codes]");
  if (copy && navigator.clipboard && window.isSecureContext) {
    copy.hidden = false;
    copy.addEventListener("click", function () {
      var list = document.getElementById(copy.getAttribute("data-copy-codes"));
      var codes = Array.prototype.map.call(list.querySelectorAll("code"), function (code) {
        return code.textContent;
      });
      navigator.clipboard.writeText(codes.join("\n") + "\n").then(
        function () {
          say("The codes are copied. Paste them somewhere safe.");
        },
        function () {
          say("The codes could not be copied. Select them and copy them instead.");
        }
      );
    });
  }

  var print = document.querySelector("[data-print-codes]");
  if (print && window.print) {
    print.hidden = false;
    print.addEventListener("click", function () {
      window.print();
    });
  }
})();
