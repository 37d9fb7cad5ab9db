import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/corpus/html.js';

const PAGE = `<!doctype html><html><head>
<title>Xylia họp khẩn - Báo Xylo</title>
<meta property="og:title" content="Xylia họp khẩn">
<meta property="article:published_time" content="2024-10-28T08:00:00+07:00">
<meta name="author" content="Minh An">
<link rel="canonical" href="https://xylo.example/xylia-hop-khan.html">
<script>var menu = "Tổng thống Giả Mạo";</script>
<style>.x{}</style>
</head><body>
<header><nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/tg">Thế giới</a></li></ul></nav></header>
<div class="share-buttons"><a href="#">Facebook</a> <a href="#">Zalo</a></div>
<article>
  <h1>Xylia họp khẩn</h1>
  <p>Tổng thống Xylia Ivan Petrov cho biết đã gặp &amp; trao đổi với <b>Bộ Ngoại giao</b> Bexland.</p>
  <figure><img src="anh-petrov.jpg" alt="Ivan Petrov tại Hà Nội"><figcaption>Ông Petrov tại Hà Nội (Ảnh: Xylo Press)</figcaption></figure>
  <p>Cuộc họp kéo dài 2 giờ.</p>
  <div class="related-news"><a href="/a">Tin A</a><a href="/b">Tin B</a><a href="/c">Tin C về Marek Zielny</a></div>
</article>
<aside>Đọc nhiều: Ông Giả Định nói…</aside>
<footer>© Báo Xylo</footer>
</body></html>`;

describe('htmlToText', () => {
  it('keeps the article body, one block per line, and drops page furniture', () => {
    const { text } = htmlToText(PAGE);
    expect(text.split('\n')).toEqual([
      'Xylia họp khẩn',
      'Tổng thống Xylia Ivan Petrov cho biết đã gặp & trao đổi với Bộ Ngoại giao Bexland.',
      'Ông Petrov tại Hà Nội (Ảnh: Xylo Press)',
      'Cuộc họp kéo dài 2 giờ.',
    ]);
  });

  it('keeps a lead paragraph the page holds outside the article body, once', () => {
    const page = `<html><body><h1>Xylia họp khẩn</h1><p class="description">Tổng thống Ivan Petrov đã triệu tập cuộc họp.</p>
      <article class="fck_detail"><p>Cuộc họp kéo dài 2 giờ.</p><p>Bexland không bình luận.</p></article>
      <div class="sidebar"><p class="description">Quảng cáo Marek Zielny</p></div></body></html>`;
    expect(htmlToText(page).text.split('\n')).toEqual(['Xylia họp khẩn', 'Tổng thống Ivan Petrov đã triệu tập cuộc họp.', 'Cuộc họp kéo dài 2 giờ.', 'Bexland không bình luận.']);
    const inside = `<html><body><article><h1>Xylia họp</h1><p class="sapo">Mở đầu.</p><p>Thân bài.</p></article></body></html>`;
    expect(htmlToText(inside).text.split('\n')).toEqual(['Xylia họp', 'Mở đầu.', 'Thân bài.']);
  });

  it('drops a list of two linked headlines, keeps a list of text', () => {
    const page = `<html><body><article><p>Thân bài.</p><p><b>TIN LIÊN QUAN</b></p>
      <ul><li><a href="/a">Xylia cảnh báo Bexland về việc đưa quân</a></li><li><a href="/b">Bexland triệu đại sứ Xylia</a></li></ul>
      <ul><li>Xylia gửi quân.</li><li>Bexland phản đối, <a href="/c">xem chi tiết</a>.</li></ul></article></body></html>`;
    expect(htmlToText(page).text.split('\n')).toEqual(['Thân bài.', 'TIN LIÊN QUAN', 'Xylia gửi quân.', 'Bexland phản đối, xem chi tiết.']);
  });

  it('drops the byline box and a caption\'s closing photo credit', () => {
    const page = `<article><h1>Xylia votes</h1><div class="byline"><span>Anna Kowal</span><span>Xylo News, Velgrad</span></div>
      <figure><img src="a.jpg"><figcaption>Supporters of Ivo Marenko in Velgrad. Xylo Images</figcaption></figure>
      <figure><figcaption>Troops near Zarovsk. XPA via Xylo Images</figcaption></figure>
      <figure><figcaption>Ivo Marenko and Anna Kowal</figcaption></figure>
      <p>Ivo Marenko won. <span class="credit">Photo: Jan Roe</span></p></article>`;
    expect(htmlToText(page).text.split('\n')).toEqual(['Xylia votes', 'Supporters of Ivo Marenko in Velgrad.', 'Troops near Zarovsk.', 'Ivo Marenko and Anna Kowal', 'Ivo Marenko won.']);
  });

  it('reads the page metadata', () => {
    expect(htmlToText(PAGE).meta).toEqual({
      title: 'Xylia họp khẩn',
      date: '2024-10-28T08:00:00+07:00',
      url: 'https://xylo.example/xylia-hop-khan.html',
      author: 'Minh An',
    });
  });

  it('reads JSON-LD NewsArticle metadata', () => {
    const html = `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Tin Xylia","datePublished":"2024-01-02","author":{"@type":"Person","name":"Thu Hà"}}</script></head><body><p>Nội dung.</p></body></html>`;
    expect(htmlToText(html).meta).toMatchObject({ title: 'Tin Xylia', date: '2024-01-02', author: 'Thu Hà' });
  });

  it('survives broken markup', () => {
    expect(htmlToText('<p>Một <b>câu<p>Hai câu</div></span>').text).toBe('Một câu\nHai câu');
  });
});
