package io.github.ascribe.citations.internal.form;

import io.github.ascribe.citations.form.FormRecognizer;
import io.github.ascribe.citations.internal.source.SourceFinders;
import java.util.List;

/**
 * The built-in forms in their order of precedence: within an anchor, the first that reports wins
 * (where only one hit counts). Forms a user adds come after these.
 */
public final class CoreForms {

  private CoreForms() {}

  /**
   * The built-in recognisers.
   *
   * @param finders the prose finder and corroboration check they use
   * @return the list, in order of precedence
   */
  public static List<FormRecognizer> create(SourceFinders finders) {
    return List.of(
        new BylineForm(),              // PARAGRAPH: By Ana Lima and Tom Hale (skipped)
        new WireCreditForm(),          // PARAGRAPH: —AP, (Reporting by ...; Editing by ...)
        new ViaWireForm(),             // PARAGRAPH: Via AP news wire
        new ChipCardLinesForm(),       // PARAGRAPH: site / title / date lines of a pasted source card (skipped)
        new SourceLineForm(),          // PARAGRAPH: the whole paragraph is notation
        new DatelineForm(),            // PARAGRAPH_START: BRUSSELS (Reuters) -
        new FilePhotoLabelForm(),      // PARAGRAPH_START: FILE PHOTO: (skipped)
        new LeadingLabelForm(),        // PARAGRAPH_START: [Kyiv Post] ...
        new HeadlineLabelForm(),       // PARAGRAPH_END: Headline — Outlet
        new LinkDefinitionForm(),      // PARAGRAPH: [3]: https://... "Title" lines, no claims
        new DomainLineForm(),          // PARAGRAPH: corvotoday.com, one domain a line
        new PhotoCreditForm(),         // SENTENCE: REUTERS/Lena Vogt, (AP Photo/Name) (skipped)
        new ReferenceLinkForm(),       // SENTENCE: ([Reuters][3]) through its definition
        new SentenceTailForm(),        // SENTENCE: the whole sentence is notation
        new CorroborationForm(finders), // SENTENCE: Reuters and AP both reported this.
        new LeadingMarkerForm(),       // SENTENCE_START: [1] moved after the stop
        new MarkerForm(),              // SENTENCE_END: ...trials[1].
        // leaked citation codes: before links, since an oai_citation code is a link
        new ContentReferenceForm(),    // SENTENCE_END: ... :contentReference[oaicite:0]{index=0}
        new CiteturnForm(),            // SENTENCE_END: ... citeturn0news19
        new LenticularCodeForm(),      // SENTENCE_END: ...【24†source】.
        new OaiCitationForm(),         // SENTENCE_END: ... [oai_citation:0‡Reuters](https://...)
        new GeminiCiteForm(),          // SENTENCE_END: ...[cite: 1, 16].
        new GeminiCiteStartForm(),     // SENTENCE_START: [cite_start]...
        new GrokCardForm(),            // SENTENCE_END: ... [](grok_render_citation_card_json={...})
        new GrokRenderRestForm(),      // PARAGRAPH_START: </grok:render> and <argument> lines
        new ChipCardForm(),            // SENTENCE_END: ...June.Reuters+1reuters.comTitleMay 2, 2026 — snippet...
        new LinkForm(),                // SENTENCE_END: ...[text](https://...)
        new BareDomainForm(),          // SENTENCE_END: ... the report said. apnews.com +1
        new TrailingLabelForm(),       // SENTENCE_END: ... (dpa).
        new GluedPillForm(),           // SENTENCE_END: ...until 2028.bbc
        new ChipForm(),                // SENTENCE_END: ... Reuters +2
        new InlineChipForm(),          // INLINE: ... last year Reuters+1 and expects ...
        new CjkCueForm(),              // INLINE: 据新华社报道，…, 共同通信によると、…
        new ProseForm(finders));        // INLINE: according to X, X said
  }
}
