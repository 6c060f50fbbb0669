/**
 * The names Meta's sites give their submit controls, in the languages staff use (English, French, Spanish, Portuguese,
 * Italian, German, Polish, Romanian, Welsh, Urdu, Vietnamese). Only the English and Vietnamese ones are seen in public
 * sources; the rest follow each language's usual wording for these controls and need a live check (README, Sites).
 */
export const FACEBOOK_LABELS = {
  post: ['Post', 'Publier', 'Publicar', 'Pubblica', 'Posten', 'Veröffentlichen', 'Opublikuj', 'Publică', 'Postează', 'Postio', 'Cyhoeddi', 'پوسٹ کریں', 'Đăng'],
  next: ['Next', 'Suivant', 'Siguiente', 'Avançar', 'Próximo', 'Avanti', 'Weiter', 'Dalej', 'Înainte', 'Următorul', 'Nesaf', 'اگلا', 'Tiếp'],
  comment: [
    'Post comment', 'Comment', 'Publier le commentaire', 'Commenter', 'Publicar comentario', 'Publicar comentário', 'Comentar',
    'Pubblica commento', 'Commenta', 'Kommentar posten', 'Kommentieren', 'Opublikuj komentarz', 'Skomentuj', 'Publică comentariul',
    'Comentează', 'Postio sylw', 'Postio sylwad', 'تبصرہ پوسٹ کریں', 'تبصرہ کریں', 'Đăng bình luận', 'Bình luận',
  ],
  /** Messenger's chat box. */
  message: ['Message', 'Mensaje', 'Mensagem', 'Messaggio', 'Nachricht', 'Wiadomość', 'Mesaj', 'Neges', 'پیغام', 'Tin nhắn'],
};

export const INSTAGRAM_LABELS = {
  share: ['Share', 'Partager', 'Compartir', 'Compartilhar', 'Partilhar', 'Condividi', 'Teilen', 'Udostępnij', 'Distribuie', 'Rhannu', 'شیئر کریں', 'Chia sẻ'],
  post: ['Post', 'Publier', 'Publicar', 'Pubblica', 'Posten', 'Opublikuj', 'Postează', 'Publică', 'Postio', 'پوسٹ کریں', 'Đăng'],
  send: ['Send', 'Envoyer', 'Enviar', 'Invia', 'Senden', 'Wyślij', 'Trimite', 'Anfon', 'بھیجیں', 'Gửi'],
  /** Direct's message box. */
  message: ['Message', 'Message...', 'Mensaje', 'Mensagem', 'Messaggio', 'Nachricht', 'Wiadomość', 'Mesaj', 'Neges', 'پیغام', 'Tin nhắn'],
};

export const LINKEDIN_LABELS = {
  post: ['Post', 'Publier', 'Publicar', 'Pubblica', 'Posten', 'Beitrag posten', 'Opublikuj', 'Publică', 'Postio'],
  comment: ['Comment', 'Post comment', 'Reply', 'Commenter', 'Comentar', 'Commenta', 'Kommentieren', 'Skomentuj', 'Comentează', 'Responder', 'Répondre', 'Rispondi', 'Odpowiedz'],
};

export const THREADS_LABELS = {
  post: ['Post', 'Publier', 'Publicar', 'Pubblica', 'Posten', 'Opublikuj', 'Postează', 'Publică', 'Postio', 'پوسٹ کریں', 'Đăng'],
};
