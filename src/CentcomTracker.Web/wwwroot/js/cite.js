// "Copy citation": copies the citation's text; the button says it worked through data-copied (no inline script).
for (const button of document.querySelectorAll('button[data-copy]')) {
    button.addEventListener('click', async () => {
        const text = document.getElementById(button.dataset.copy)?.textContent?.trim() ?? '';
        try {
            await navigator.clipboard.writeText(text);
            button.dataset.copied = 'true';
        } catch {
            // No clipboard (insecure context or refused): select the text so the reader can copy it by hand.
            const range = document.createRange();
            range.selectNodeContents(document.getElementById(button.dataset.copy));
            getSelection().removeAllRanges();
            getSelection().addRange(range);
            button.dataset.copied = 'selected';
        }
    });
}
