/*
 * Search worker wrapper: runs Material's own search worker, then makes search stem
 * the words people type.
 *
 * Why: Material adds "*" to every query word (prefix search), and lunr skips the
 * stemmer for words with a wildcard. The index holds stems ("övning", "arbetsgiv"),
 * so "övningar" or "arbetsgivare" found nothing. Here each prefix word is stemmed
 * first and gets its "*" back: "övningar*" becomes "övning*".
 */
/* global lunr, importScripts */
(function () {
  "use strict";
  var material = new URL(self.location.href).searchParams.get("material");
  importScripts(material);

  var query = lunr.Index.prototype.query;
  lunr.Index.prototype.query = function (bygg) {
    var pipeline = this.pipeline;
    return query.call(this, function (fraga) {
      bygg.call(fraga, fraga);
      fraga.clauses.forEach(function (klausul) {
        var match = /^([^*]+)\*$/.exec(klausul.term);
        if (klausul.usePipeline || !match) return;
        var stammar = pipeline.runString(match[1]);
        if (stammar.length && stammar[0]) klausul.term = stammar[0] + "*";
      });
    });
  };
})();
